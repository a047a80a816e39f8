import type { TextGroup } from '../../i18n';

/** The texts InvitationFilePicker loads with its code (tests/section-texts.test.ts holds it to them). */
export const invitationFileTexts = ['files'] as const satisfies readonly TextGroup[];
