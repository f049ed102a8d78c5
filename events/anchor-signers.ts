import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { GetPublicKeyCommand, type KMSClient, SignCommand } from '@aws-sdk/client-kms';
import { ANCHOR_ALGORITHM, fileKeyId, type Signer } from './anchor';

/**
 * On AWS: an asymmetric KMS key (`ECC_NIST_P256`, `SIGN_VERIFY`). The private key never leaves KMS;
 * what is sent is the message's SHA-256, so a statement of any size signs in one call.
 */
export class KmsSigner implements Signer {
  private cachedPublicKey: string | undefined;

  constructor(
    private readonly client: KMSClient,
    readonly keyId: string,
  ) {}

  async sign(message: Uint8Array): Promise<Uint8Array> {
    const { Signature } = await this.client.send(
      new SignCommand({
        KeyId: this.keyId,
        Message: createHash('sha256').update(message).digest(),
        MessageType: 'DIGEST',
        SigningAlgorithm: ANCHOR_ALGORITHM,
      }),
    );
    if (!Signature) throw new Error(`KMS returned no signature for ${this.keyId}`);
    return Signature;
  }

  async publicKey(): Promise<string> {
    if (this.cachedPublicKey) return this.cachedPublicKey;
    const { PublicKey } = await this.client.send(new GetPublicKeyCommand({ KeyId: this.keyId }));
    if (!PublicKey) throw new Error(`KMS returned no public key for ${this.keyId}`);
    this.cachedPublicKey = pemOf(
      createPublicKey({ key: Buffer.from(PublicKey), format: 'der', type: 'spki' }),
    );
    return this.cachedPublicKey;
  }
}

/**
 * Locally: a P-256 private key in a PEM file, created on first use (readable by its owner only). Who
 * holds the file can sign anchors: it stands in for KMS on one machine, not for key custody.
 */
export class KeyFileSigner implements Signer {
  readonly keyId: string;
  private readonly publicPem: string;

  private constructor(private readonly privateKey: KeyObject) {
    this.publicPem = pemOf(createPublicKey(privateKey));
    this.keyId = fileKeyId(this.publicPem);
  }

  static open(path: string): KeyFileSigner {
    if (!existsSync(path)) {
      const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
    }
    return new KeyFileSigner(createPrivateKey(readFileSync(path, 'utf8')));
  }

  async sign(message: Uint8Array): Promise<Uint8Array> {
    return sign('sha256', message, this.privateKey);
  }

  async publicKey(): Promise<string> {
    return this.publicPem;
  }
}

const pemOf = (key: KeyObject): string => key.export({ type: 'spki', format: 'pem' }).toString();

/** The keys a verifier trusts, by the key id anchors name: a signer's own, or public keys handed over. */
export async function trustedKeys(sources: readonly (Signer | string)[]): Promise<Map<string, string>> {
  const keys = new Map<string, string>();
  for (const source of sources) {
    if (typeof source === 'string') keys.set(fileKeyId(source), source);
    else keys.set(source.keyId, await source.publicKey());
  }
  return keys;
}
