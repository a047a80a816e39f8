import { describeSmokeIn } from './smoke-scenarios';
import { startChromium } from './chromium';

describeSmokeIn('Chromium', startChromium);
