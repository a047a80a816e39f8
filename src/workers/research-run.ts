import { researchFileLimits, type ResearchJobInput, type ResearchJobResult } from './research-job';
import { createResearchCollector, isBundleName, streamLines } from './research-collect';

/**
 * The research job: checks each file's size before reading it, streams JSON Lines bundles line by
 * line, keeps only the table's columns of each valid anonymised result, then aggregates, runs fsQCA
 * when an outcome is given, and builds the asked exports.
 */
export async function runResearchJob(
  input: ResearchJobInput,
  progress: (done: number, total: number) => void,
): Promise<ResearchJobResult> {
  const collector = createResearchCollector();
  const total = input.files.reduce((sum, file) => sum + file.size, 0);
  let done = 0;
  let reported = 0;
  const advance = (bytes: number) => {
    done += bytes;
    if (done - reported >= total / 100 || done === total) {
      reported = done;
      progress(done, total);
    }
  };
  for (const file of input.files) {
    const isBundle = isBundleName(file.name);
    const limit = isBundle ? researchFileLimits.bundleBytes : researchFileLimits.resultBytes;
    if (file.size > limit) {
      collector.refuse({
        source: file.name,
        code: 'too-large',
        params: { size: file.size, limit },
      });
      advance(file.size);
    } else if (isBundle) {
      for await (const line of streamLines(file.stream(), advance)) {
        collector.take(`${file.name}:${line.line}`, line.text);
      }
    } else {
      collector.take(file.name, await file.text());
      advance(file.size);
    }
  }
  return collector.finish(input);
}
