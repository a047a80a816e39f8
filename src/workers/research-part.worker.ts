/// <reference lib="webworker" />
// A helper of the research worker: reads one batch of texts into its part of the table.
import { collectItems, type ResearchItem } from './research-collect';

self.onmessage = (event: MessageEvent<{ id: number; items: ResearchItem[] }>) => {
  const { id, items } = event.data;
  void collectItems(items).then((part) => self.postMessage({ id, part }));
};
