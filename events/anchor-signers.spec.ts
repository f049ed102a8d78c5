import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { GetPublicKeyCommand, KMSClient, SignCommand } from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { anchorSignatureProblem, signAnchor, statementBytes } from './anchor';
import { KmsSigner, trustedKeys } from './anchor-signers';

// KMS has no local stand-in: its two calls are mocked, answering as KMS does for an ECC_NIST_P256 key.
const kms = mockClient(KMSClient);
const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const keyArn = 'arn:aws:kms:eu-west-1:123456789012:key/11111111-2222-3333-4444-555555555555';
const statement = {
  processId: 'p1',
  scope: 'process' as const,
  anchoredAt: '2026-03-31T12:00:00.000Z',
  tips: [
    { streamId: 'p1#risk#r1', version: 2, hash: 'b'.repeat(64) },
    { streamId: 'p1#disbursement#d1', version: 3, hash: 'a'.repeat(64) },
  ],
};

afterEach(() => kms.reset());

describe('the KMS signer', () => {
  it('sends the statement’s SHA-256 as a digest to be signed with ECDSA_SHA_256 by its key', async () => {
    // KMS signs the digest it is given as the message's hash: the same signature as over the message.
    const expected = createHash('sha256').update(statementBytes(statement)).digest();
    kms.on(SignCommand).callsFake(({ Message }) => {
      if (!expected.equals(Buffer.from(Message))) throw new Error('signed something else');
      return { Signature: sign('sha256', statementBytes(statement), privateKey) };
    });
    kms.on(GetPublicKeyCommand).resolves({
      PublicKey: new Uint8Array(publicKey.export({ type: 'spki', format: 'der' })),
      KeySpec: 'ECC_NIST_P256',
      KeyUsage: 'SIGN_VERIFY',
    });
    const signer = new KmsSigner(new KMSClient({ region: 'eu-west-1' }), keyArn);
    const anchor = await signAnchor(signer, statement);

    const [call] = kms.commandCalls(SignCommand);
    expect(call?.args[0].input).toEqual({
      KeyId: keyArn,
      Message: createHash('sha256').update(statementBytes(anchor)).digest(),
      MessageType: 'DIGEST',
      SigningAlgorithm: 'ECDSA_SHA_256',
    });
    expect(anchor).toMatchObject({ keyId: keyArn, algorithm: 'ECDSA_SHA_256' });
    expect(anchor.tips.map((t) => t.streamId)).toEqual(['p1#disbursement#d1', 'p1#risk#r1']);
    const keys = await trustedKeys([signer]);
    expect(keys.get(keyArn)).toBe(publicKey.export({ type: 'spki', format: 'pem' }));
    expect(anchorSignatureProblem(anchor, keys)).toBeUndefined();
    expect(anchorSignatureProblem({ ...anchor, anchoredAt: '2026-04-01T00:00:00.000Z' }, keys)).toBe(
      'digest-mismatch',
    );
  });

  it('fails loudly when KMS answers no signature', async () => {
    kms.on(SignCommand).resolves({});
    const signer = new KmsSigner(new KMSClient({ region: 'eu-west-1' }), keyArn);
    await expect(signAnchor(signer, statement)).rejects.toThrow(`KMS returned no signature for ${keyArn}`);
  });
});
