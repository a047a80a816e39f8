// The names under which the second copy lives on a device, in a module of their own: the check for
// a device that never held anything (fresh-device.ts) is on a member's first screen and must not
// bring the copy's code with it.

/** The OPFS folder that holds the second copy's files. */
export const copyFolderName = 'ck-second-copy';

/** Where the marker lives when the browser has no OPFS. */
export const markerStorageKey = 'ck-marker';
