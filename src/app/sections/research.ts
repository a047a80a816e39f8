// Section entry: the researcher's section (nested routes inside).
export { ResearchPage } from '../../features/research/ResearchPage';
