// Section entry: collectives, the example and the scan overview, one lazy chunk.
export { CollectivesPage } from '../../features/collectives/CollectivesPage';
export { NewCollectivePage } from '../../features/collectives/NewCollectivePage';
export { EditCollectivePage } from '../../features/collectives/EditCollectivePage';
export { CollectivePage } from '../../features/collectives/CollectivePage';
export { ExamplePage } from '../../features/collectives/ExamplePage';
export { ScanPage } from '../../features/scan/ScanPage';
