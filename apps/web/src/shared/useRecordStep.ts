import type { FormInstance } from 'antd';
import { App } from 'antd';
import { reloadWhenStale } from './staleVersion.ts';
import { useSubmit } from './useSubmit.ts';

/**
 * What each card of a record's page hands its step (a feedback item, a false-information case): the
 * record as the server answers it after a step, and how to read it again.
 */
export interface RecordSteps<R> {
  item: R;
  accept: (item: R) => void;
  reload: () => Promise<void>;
}

/**
 * A step of a card: the answer replaces the record and says `done`; a record changed by someone else
 * meanwhile (409) is read again, and the server's message shows above the card's form.
 */
export function useRecordStep<R, T = unknown>({ accept, reload }: RecordSteps<R>, form?: FormInstance<T>) {
  const { message } = App.useApp();
  const { saving, error, run } = useSubmit(form);
  const go = async (action: () => Promise<R>, done: string) => {
    const answer = await run(
      action,
      reloadWhenStale(() => void reload()),
    );
    if (answer) {
      accept(answer);
      void message.success(done);
    }
    return answer;
  };
  return { saving, error, go };
}
