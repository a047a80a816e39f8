import { useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { LoadingStatus } from './LoadingStatus';

/**
 * A component whose code is its own chunk, loaded when it is first drawn, with a visible loading
 * state until then. With `frame`, the loaded component is drawn inside it. A failed load is thrown
 * to the nearest error boundary, which words it and offers a retry.
 *
 * Not `React.lazy` with `Suspense`: React 19 holds content back for 300 ms after it has shown a
 * Suspense fallback. Here the loading state is the component's own, so the component shows as soon
 * as its code is there, and at once when it was loaded before.
 */
export function lazyComponent<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  options: { frame?: ComponentType<{ children: ReactNode }> } = {},
): ComponentType<Props> {
  const { frame: Frame } = options;
  let loaded: ComponentType<Props> | undefined;
  let pending: Promise<ComponentType<Props>> | undefined;
  const loadOnce = () => {
    pending ??= load().then((component) => (loaded = component));
    // a failed load (offline before the service worker had it) may be tried again later
    pending.catch(() => (pending = undefined));
    return pending;
  };
  function LazyComponent(props: Props) {
    const [state, setState] = useState<LoadState<Props>>(() =>
      loaded ? { state: 'ready', Loaded: loaded } : { state: 'loading' },
    );
    // start the download now, not after the first paint (a failure is handled by the effect below)
    if (state.state === 'loading') loadOnce().catch(() => undefined);
    useEffect(() => {
      if (state.state !== 'loading') return;
      let isCurrent = true;
      loadOnce().then(
        (Loaded) => isCurrent && setState({ state: 'ready', Loaded }),
        (error: unknown) => isCurrent && setState({ state: 'failed', error }),
      );
      return () => {
        isCurrent = false;
      };
    }, [state.state]);
    if (state.state === 'failed') throw state.error;
    if (state.state === 'loading') return <LoadingStatus />;
    const { Loaded } = state;
    return Frame ? (
      <Frame>
        <Loaded {...props} />
      </Frame>
    ) : (
      <Loaded {...props} />
    );
  }
  return LazyComponent;
}

type LoadState<Props> =
  | { state: 'loading' }
  | { state: 'ready'; Loaded: ComponentType<Props> }
  | { state: 'failed'; error: unknown };
