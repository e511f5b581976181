// Password-protects a .docx with ECMA-376 agile encryption (what Word's "Encrypt with Password" writes), using the
// npm package officecrypto-tool. LibreOffice 7.4 would not store an encrypted .docx from the command line or UNO here.
// Usage: node encrypt.js SRC.docx DEST.docx PASSWORD
const fs = require("fs");
const officeCrypto = require("officecrypto-tool");
const [src, dest, password] = process.argv.slice(2);
if (!password) { console.error("usage: node encrypt.js SRC DEST PASSWORD"); process.exit(2); }
fs.writeFileSync(dest, officeCrypto.encrypt(fs.readFileSync(src), { password }));
