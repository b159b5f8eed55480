/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The public origin the edition is served from, for canonical URLs, social tags and the sitemap. */
  readonly KIOSQUE_SITE_URL: string;
}
