// Section entry: language, backup and restore.
export { SettingsPage } from '../../features/settings/SettingsPage';
