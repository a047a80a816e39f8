/** The app's version from package.json, set by Vite at build time. */
declare const __APP_VERSION__: string;

/** Only the first screen's texts of a message file (see src/i18n/first-load.ts). */
declare module '*.json?first-load' {
  type MessageTree = { [key: string]: string | MessageTree };
  const texts: MessageTree;
  export default texts;
}

/** A report font cut down to the report's characters at build time (see src/report/pdf/font-subset.ts). */
declare module '*.ttf?subset-url' {
  const url: string;
  export default url;
}

/** One group of the app's texts in one language, cut at build time (see src/i18n/text-groups.ts). */
declare module 'virtual:app-texts/*' {
  type MessageTree = { [key: string]: string | MessageTree };
  const texts: MessageTree;
  export default texts;
}
