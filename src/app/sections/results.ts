// Section entry: the results screen, the only place of the collective's flow that draws charts.
export { ResultsPage } from '../../features/results/ResultsPage';
