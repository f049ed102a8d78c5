import { KMSClient } from '@aws-sdk/client-kms';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type SignedAnchor, type Signer, type StreamTip, signAnchor, sortedTips } from '../../events/anchor';
import { KeyFileSigner, KmsSigner } from '../../events/anchor-signers';
import { type AnchorStore, tipsByProcess, tipsOf } from '../../events/anchor-store';
import { ANCHOR_KEY_ENV } from '../commons/config';

let signer: Signer | undefined;
/** The KMS key on AWS, the key file locally: whichever the environment names, created once per container. */
export function anchorSigner(): Signer {
  const keyId = process.env[ANCHOR_KEY_ENV.kms];
  const keyFile = process.env[ANCHOR_KEY_ENV.file];
  if (keyId) signer ??= new KmsSigner(new KMSClient({}), keyId);
  else if (keyFile) signer ??= KeyFileSigner.open(keyFile);
  else throw new Error(`environment variable ${ANCHOR_KEY_ENV.kms} or ${ANCHOR_KEY_ENV.file} is not set`);
  return signer;
}

export interface AnchorRun {
  readonly client: DynamoDBDocumentClient;
  readonly eventsTable: string;
  readonly anchors: AnchorStore;
  readonly signer: Signer;
  readonly now: Date;
}

export interface AnchorSummary {
  readonly anchored: readonly {
    readonly processId: string;
    readonly streams: number;
    readonly digest: string;
  }[];
  /** Processes whose tips are those of their latest anchor: nothing new to attest. */
  readonly unchanged: number;
}

/**
 * Anchors every process: the tips of all its streams, read from one scan of the Events table, signed
 * and stored. A process whose log has not moved since its latest anchor gets no new one.
 */
export async function anchorEveryProcess(run: AnchorRun): Promise<AnchorSummary> {
  const anchored: { processId: string; streams: number; digest: string }[] = [];
  let unchanged = 0;
  for (const [processId, tips] of await tipsByProcess(run.client, run.eventsTable)) {
    const latest = await run.anchors.latest(processId);
    if (latest && sameTips(latest.tips, tips)) {
      unchanged += 1;
      continue;
    }
    const anchor = await signAnchor(run.signer, {
      processId,
      scope: 'process',
      anchoredAt: run.now.toISOString(),
      tips,
    });
    await run.anchors.put(anchor);
    anchored.push({ processId, streams: tips.length, digest: anchor.digest });
  }
  return { anchored, unchanged };
}

/**
 * The anchor an audit report carries: the tips of the streams it rests on, as they stand when it is
 * issued, signed. It travels with the report rather than the anchors table, which only the anchor
 * function writes.
 */
export async function anchorReport(
  run: Omit<AnchorRun, 'anchors'>,
  processId: string,
  streamIds: readonly string[],
): Promise<SignedAnchor> {
  const tips = await tipsOf(run.client, run.eventsTable, streamIds);
  return signAnchor(run.signer, { processId, scope: 'report', anchoredAt: run.now.toISOString(), tips });
}

const sameTips = (a: readonly StreamTip[], b: readonly StreamTip[]): boolean =>
  JSON.stringify(sortedTips(a)) === JSON.stringify(sortedTips(b));
