import { benchResearchNode } from './research.bench';
benchResearchNode({ sizes: [10_000, 100_000], cliFiles: 0, distinct: 2000 }).then((figures) => {
  for (const f of figures) console.log(f.key, f.value.toFixed(1), f.unit);
});
