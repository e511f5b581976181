// Encrypts a filled result workbook with officecrypto-tool (agile encryption), as Excel's "Encrypt with Password".
// Run with NODE_PATH=/tmp/h14npm/node_modules (never installed in the repository).
const fs = require("fs");
const officeCrypto = require("officecrypto-tool");
const [src, dst] = process.argv.slice(2);
fs.writeFileSync(dst, officeCrypto.encrypt(fs.readFileSync(src), { password: "hsn2023" }));
