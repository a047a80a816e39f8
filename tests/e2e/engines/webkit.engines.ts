import { describeSmokeIn } from './smoke-scenarios';
import { startWebKit } from './webkit';

describeSmokeIn('WebKitGTK', startWebKit);
