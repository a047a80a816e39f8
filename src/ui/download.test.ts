import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadJson, jsonFileText } from './download';

describe('jsonFileText', () => {
  it('indents by two spaces and ends with a newline', () => {
    expect(jsonFileText({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}\n');
  });
});

describe('downloadJson', () => {
  afterEach(() => vi.restoreAllMocks());

  it('clicks a link named after the file, holding the JSON text', async () => {
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
      blob = object as Blob;
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('x.json');
      expect(this.getAttribute('href')).toBe('blob:test');
    });
    downloadJson({ fileName: 'x.json', value: { b: 2 } });
    expect(click).toHaveBeenCalledTimes(1);
    expect(blob?.type).toBe('application/json');
    expect(await blob?.text()).toBe('{\n  "b": 2\n}\n');
  });
});
