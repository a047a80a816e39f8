// Section entry: everything the start page needs, one lazy chunk.
export { HomePage } from '../../features/home/HomePage';
