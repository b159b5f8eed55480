// What Vite gives the browser code, declared here rather than through `vite/client`: its CSS
// Modules type admits only a default import, and a namespace import (`import * as styles`) is what
// lets the bundler inline each class name and leave the unused ones out of the first-view budget.

interface ImportMetaEnv {
  readonly BASE_URL: string;
  readonly PROD: boolean;
  readonly DEV: boolean;
  /** The public origin the edition is served from, for canonical URLs, social tags and the sitemap. */
  readonly KIOSQUE_SITE_URL: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

declare module '*.module.css' {
  const classes: Readonly<Record<string, string>>;
  export = classes;
}

/** The global stylesheet, imported for its effect. */
declare module '*.css';
