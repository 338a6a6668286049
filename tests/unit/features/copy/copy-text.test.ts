import { describe, expect, it } from 'vitest';
import { commandText, copyLabel } from '../../../../src/features/copy/copy-text';

describe('commandText', () => {
  it('copies a block without prompts whole, without its final line break', () => {
    expect(commandText('docker pull ubuntu\ndocker pull alpine\n')).toBe('docker pull ubuntu\ndocker pull alpine');
  });

  it('keeps a line that only contains a dollar sign inside the command', () => {
    expect(commandText('sudo usermod -aG docker $USER')).toBe('sudo usermod -aG docker $USER');
  });

  it('copies only the prompted lines of a transcript, without their prompts', () => {
    const transcript = '$ docker -v\nDocker version 29.0.1, build abc\n$ docker ps\nCONTAINER ID   IMAGE\n';
    expect(commandText(transcript)).toBe('docker -v\ndocker ps');
  });

  it('drops PowerShell prompts, with or without a path', () => {
    expect(commandText('PS C:\\work> wsl --version\nWSL version: 2.1.5\nPS> docker ps')).toBe('wsl --version\ndocker ps');
  });

  it('reads Windows line ends as line ends', () => {
    expect(commandText('wsl --install\r\nwsl --update\r\n')).toBe('wsl --install\nwsl --update');
  });
});

describe('copyLabel', () => {
  const base = { text: 'docker run hello-world', language: 'sh', platform: '', output: false };

  it('starts with the visible "Copy" and quotes the command', () => {
    expect(copyLabel(base)).toBe('Copy command: docker run hello-world');
  });

  it('counts commands and names the platform', () => {
    expect(copyLabel({ ...base, text: 'wsl --install\nwsl --update', language: 'powershell', platform: 'Windows PowerShell' })).toBe(
      'Copy 2 commands for Windows PowerShell: wsl --install …',
    );
  });

  it('calls an Expect block output and other languages code', () => {
    expect(copyLabel({ ...base, text: 'Hello from Docker!', language: 'text', output: true })).toBe(
      'Copy expected output: Hello from Docker!',
    );
    expect(copyLabel({ ...base, text: 'FROM alpine', language: 'dockerfile' })).toBe('Copy code: FROM alpine');
  });

  it('shortens a long first line', () => {
    const label = copyLabel({ ...base, text: `docker ${'x'.repeat(80)}` });
    expect(label.length).toBeLessThan(70);
    expect(label.endsWith('…')).toBe(true);
  });
});
