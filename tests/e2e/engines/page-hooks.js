// Test-only helpers the engines suite's server puts in every page it serves, before the app's own
// scripts: WebDriver has no init scripts, so this is how every engine gets the same recorders
// (CSP violations, requests, downloads) from the first line of the page on, and the same way to
// find an element by its role and accessible name. Plain JavaScript: the browser runs it as is.
(() => {
  const violationKey = '__ckEngineViolations';
  const violations = () => JSON.parse(sessionStorage.getItem(violationKey) ?? '[]');
  document.addEventListener('securitypolicyviolation', (event) => {
    const seen = violations();
    seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`);
    sessionStorage.setItem(violationKey, JSON.stringify(seen));
  });

  // every URL this document fetched, from the browser's own resource timing
  // (kept for the tab's life, like the violations, so reloads lose none)
  const requestKey = '__ckEngineRequests';
  const requested = () => JSON.parse(sessionStorage.getItem(requestKey) ?? '[]');
  const remember = (urls) => {
    const seen = new Set(requested());
    urls.forEach((url) => seen.add(url));
    sessionStorage.setItem(requestKey, JSON.stringify([...seen]));
  };
  remember([location.href]);
  new PerformanceObserver((list) => {
    remember(list.getEntries().map((entry) => entry.name));
  }).observe({ type: 'resource', buffered: true });

  // a download through a link to a blob is recorded instead of handed to the browser's download UI
  const blobs = new Map();
  const downloads = [];
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object) => {
    const url = createObjectURL(object);
    blobs.set(url, object);
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function clickLink() {
    if (this.download && this.href.startsWith('blob:') && blobs.has(this.href)) {
      downloads.push({ fileName: this.download, blob: blobs.get(this.href) });
      return;
    }
    click.call(this);
  };

  const squash = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
  // text as an accessible name counts it: without what is hidden from assistive technology
  const spoken = (element) => {
    if (!element) return '';
    const copy = element.cloneNode(true);
    copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
    return copy.textContent;
  };
  const isShown = (element) => element.getClientRects().length > 0;
  const byId = (ids) =>
    ids
      .split(/\s+/)
      .map((id) => spoken(document.getElementById(id)))
      .join(' ');
  const nameOf = (element) => {
    const label = element.getAttribute('aria-label');
    if (label) return squash(label);
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) return squash(byId(labelledBy));
    if (element.labels?.length) return squash(spoken(element.labels[0]));
    if (element.tagName === 'FIELDSET') return squash(spoken(element.querySelector('legend')));
    if (element.tagName === 'IMG') return squash(element.alt);
    return squash(spoken(element));
  };
  const selectors = {
    button: 'button, [role="button"], input[type="button"], input[type="submit"]',
    link: 'a[href], [role="link"]',
    heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
    radio: 'input[type="radio"], [role="radio"]',
    checkbox: 'input[type="checkbox"], [role="checkbox"]',
    field: 'input, textarea, select',
    group: 'fieldset, [role="group"], [role="radiogroup"]',
    status: '[role="status"], output',
    alert: '[role="alert"]',
    img: 'img, [role="img"]',
    list: 'ul, ol, [role="list"]',
    table: 'table, [role="table"]',
    article: 'article, [role="article"]',
    region: 'section[aria-label], section[aria-labelledby], [role="region"]',
  };
  const matches = (element, query) => {
    const name = nameOf(element);
    if (query.level && element.tagName !== `H${query.level}`) return false;
    if (query.name === undefined) return true;
    return query.exact === false ? name.includes(query.name) : name === query.name;
  };
  /** Every shown element of a role with that accessible name, inside `within` when given. */
  const findAll = (query) => {
    const scope = query.within ? findAll(query.within)[0] : document;
    if (!scope) return [];
    return [...scope.querySelectorAll(selectors[query.role])].filter(
      (element) => isShown(element) && matches(element, query),
    );
  };
  const find = (query) => {
    const element = findAll(query)[0];
    if (!element) throw new Error(`no ${query.role} named ${JSON.stringify(query.name)}`);
    return element;
  };
  const setValue = (element, value) => {
    const prototype = Object.getPrototypeOf(element);
    Object.getOwnPropertyDescriptor(prototype, 'value').set.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
    element.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const base64Of = (blob) =>
    new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(blob);
    });

  window.__ckEngine = {
    count: (query) => findAll(query).length,
    click: (query) => {
      find(query).click();
      return true;
    },
    fill: (query) => {
      setValue(find({ ...query, role: 'field' }), query.value);
      return true;
    },
    valueOf: (query) => find({ ...query, role: 'field' }).value,
    attribute: (query) => find(query).getAttribute(query.attribute),
    text: (query) => (query ? find(query).innerText : document.body.innerText),
    /** Puts a file into a file input the way a person choosing it would. */
    chooseFile: (query) => {
      const input = find({ ...query, role: 'field' });
      const bytes = Uint8Array.from(atob(query.base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], query.fileName, { type: query.type }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    },
    downloads: () => downloads.map((d) => ({ fileName: d.fileName, size: d.blob.size })),
    download: async (index) => {
      const found = downloads[index];
      if (!found) throw new Error(`no download ${index}`);
      return { fileName: found.fileName, base64: await base64Of(found.blob) };
    },
    requests: requested,
    isChecked: (query) => find(query).checked === true,
    violations,
    offers: () => ({
      storage: typeof navigator.storage === 'object' && navigator.storage !== null,
      opfs: typeof navigator.storage?.getDirectory === 'function',
    }),
  };
})();
