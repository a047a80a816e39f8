import { Component, type ReactNode } from 'react';
import { SectionFailed } from './SectionFailed';

type Props = { children: ReactNode; resetKey: string };
type State = { error: Error | null; resetKey: string };

/** Catches a section whose code or questionnaires fail to load; moving to another address clears it. */
export class SectionBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return <SectionFailed error={this.state.error} />;
  }
}
