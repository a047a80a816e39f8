// Section entry: a member's welcome straight from an invitation link, on a device that never held
// anything of the app. It imports no storage, so the first screen does not wait for Dexie.
export { InvitationLinkPage } from '../../features/scan/InvitationLinkPage';
