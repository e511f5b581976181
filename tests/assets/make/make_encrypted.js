// Password-protected (ECMA-376 agile encryption) copies of two filled forms, written by the npm
// package officecrypto-tool: node make_encrypted.js   (password: hsn2023)
// The result is an OLE compound file holding EncryptionInfo + EncryptedPackage streams.
'use strict';
const path = require('path');
const fs = require('fs');
const officeCrypto = require('officecrypto-tool');

const ASSETS = path.join(__dirname, '..');
const JOBS = [
  ['forms/wordxml/intention-split-runs.docx', 'bad/encrypted.docx'],
  ['forms/exceljs/intention-right-booleans.xlsx', 'bad/encrypted.xlsx'],
];

(async () => {
  for (const [src, dst] of JOBS) {
    const input = fs.readFileSync(path.join(ASSETS, src));
    const output = await officeCrypto.encrypt(input, { password: 'hsn2023' });
    if (!officeCrypto.isEncrypted(output)) throw new Error(`${dst}: not encrypted`);
    if (output.readUInt32BE(0) !== 0xd0cf11e0) throw new Error(`${dst}: not an OLE file`);
    const back = await officeCrypto.decrypt(output, { password: 'hsn2023' });
    if (Buffer.compare(back.subarray(0, input.length), input) !== 0) throw new Error(`${dst}: round trip differs`);
    fs.writeFileSync(path.join(ASSETS, dst), output);
    console.log(`encrypted: ${dst} (${output.length} bytes) from ${src}`);
  }
})().catch((e) => { console.error(e); process.exit(1); });
