// encrypted/: filled forms encrypted by the npm package officecrypto-tool 0.0.19 (ECMA-376 agile, password hsn2023).
// Needs `npm install officecrypto-tool@0.0.19` (NODE_PATH may point at its node_modules). Run after make_files.py (it writes the plain sources to /tmp/holdout8-make).
'use strict';
const path = require('path');
const fs = require('fs');
const officeCrypto = require('officecrypto-tool');

const H = path.join(__dirname, '..');
const JOBS = [
  ['/tmp/holdout8-make/kowloonbay.docx', 'encrypted/intention-agile-kowloonbay.docx'],
  ['/tmp/holdout8-make/kwuntong.xlsx', 'encrypted/result-agile-kwuntong.xlsx'],
  ['/tmp/holdout8-make/lamtin.xlsx', 'encrypted/result-agile-named-xls-lamtin.xls'],
];

(async () => {
  for (const [src, dst] of JOBS) {
    const input = fs.readFileSync(src);  // plain sources written by make_files.py
    const output = await officeCrypto.encrypt(input, { password: 'hsn2023' });
    if (!officeCrypto.isEncrypted(output) || output.readUInt32BE(0) !== 0xd0cf11e0) throw new Error(dst);
    fs.mkdirSync(path.dirname(path.join(H, dst)), { recursive: true });
    fs.writeFileSync(path.join(H, dst), output);
    console.log(`${output.length} ${dst}`);
  }
})().catch((e) => { console.error(e); process.exit(1); });
