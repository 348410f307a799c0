/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /**
     * The guidance page being drawn. Set by the topic route before it renders the MDX body,
     * so components used inside the body (<Checklist />, <Cite />) can read the page's data.
     */
    page?: {
      data: import('./schemas/guidance').GuidanceData;
      sources: Map<string, import('./schemas/source').SourceData>;
    };
  }
}
