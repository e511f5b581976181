// People and circular data for the Node generators, read from people.py so that the oracle and the files
// share one list of made-up subscribers.
'use strict';
const { execFileSync } = require('child_process');
const path = require('path');

const data = JSON.parse(execFileSync('python3', ['-c',
  'import json, people; print(json.dumps({"P": people.P, "REF": people.REF, "SERVICES": people.SERVICES, ' +
  '"SYSTEMS": people.SYSTEMS, "TITLE_A": people.TITLE_A, "TITLE_B": people.TITLE_B}))'],
{ cwd: __dirname, encoding: 'utf8' }));

function person(key) {
  const [name, id, contact, phone, email, signatory] = data.P[key];
  return { name, id, contact, phone, email, signatory };
}

const OUT = path.join(__dirname, '..');
// A calendar day as a JS Date at UTC midnight: both exceljs and SheetJS turn it into the serial of that day.
const day = (y, m, d) => new Date(Date.UTC(y, m - 1, d));

module.exports = { ...data, person, OUT, day };
