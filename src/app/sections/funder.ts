// Section entry: the funder's section (nested routes inside).
export { FunderPage } from '../../features/funder/FunderPage';
