import { describe, expect, it } from 'vitest';
import { studentLink } from '../../../src/server/links';

describe("studentLink: the students' link and how far it reaches", () => {
  it('on every network, the first LAN address', () => {
    expect(studentLink('0.0.0.0', 8090, ['192.168.1.23', '10.0.0.5'])).toEqual({
      link: 'http://192.168.1.23:8090/student.html',
      reach: 'lan',
    });
  });

  it('on every network with none connected: no network, and a link only this laptop can open', () => {
    expect(studentLink('0.0.0.0', 8090, [])).toEqual({ link: 'http://127.0.0.1:8090/student.html', reach: 'no-network' });
    expect(studentLink('::', 8090, []).reach).toBe('no-network');
  });

  it('on loopback: this laptop only, whatever the LAN', () => {
    expect(studentLink('127.0.0.1', 4521, ['192.168.1.23'])).toEqual({ link: 'http://127.0.0.1:4521/student.html', reach: 'this-laptop' });
    expect(studentLink('::1', 4521, []).link).toBe('http://[::1]:4521/student.html');
    expect(studentLink('localhost', 4521, []).reach).toBe('this-laptop');
  });

  it('on one given address: that address', () => {
    expect(studentLink('10.0.0.5', 8090, ['192.168.1.23'])).toEqual({ link: 'http://10.0.0.5:8090/student.html', reach: 'lan' });
  });
});
