import { chromium } from 'playwright-core';
import { benchFunder } from '../scripts/bench/funder.bench';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
try { console.log(JSON.stringify(await benchFunder({ browser, count: Number(process.env.COUNT ?? 500) }))); } finally { await browser.close(); }
