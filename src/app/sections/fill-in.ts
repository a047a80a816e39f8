// Section entry: answering a questionnaire, on the coordinator's device or the member's own.
export { FillInRoutePage } from '../../features/scan/FillInRoutePage';
export { RespondPage } from '../../features/scan/RespondPage';
export { OpenInvitationPage } from '../../features/scan/OpenInvitationPage';
