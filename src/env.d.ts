interface ImportMetaEnv {
  /** True in the learning-platform build (LMS=1, see astro.config.mjs). */
  readonly LMS: boolean;
}
