import { describeSmokeIn } from './smoke-scenarios';
import { startFirefox } from './firefox';

describeSmokeIn('Firefox ESR', startFirefox);
