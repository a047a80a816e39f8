/** The start of the console warning for a key with no text (the e2e tests fail on it). */
export const missingTextNotice = 'No text for the key';
