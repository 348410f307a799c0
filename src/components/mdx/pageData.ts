/**
 * The page data components inside an MDX body draw from. The topic route puts it in
 * Astro.locals before rendering the body; a component used anywhere else is a mistake,
 * and says so instead of drawing nothing.
 */
export function pageData(locals: App.Locals, component: string): NonNullable<App.Locals['page']> {
  if (!locals.page) {
    throw new Error(`<${component} /> can only be used in a guidance page's MDX body`);
  }
  return locals.page;
}
