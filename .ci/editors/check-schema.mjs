// Checks the committed schemas the way editors use them:
//  1. ajv (draft 2020-12, strict mode, ECMA-262 patterns with the u flag) compiles each schema
//     and validates the example articles; each finding of the loader that a schema can express
//     (read from the loader's JSON report of examples/invalid) must be an ajv error at the same
//     JSON Pointer, and the other invalid examples must pass; so too for their format-1 versions,
//     kept as the loader's test fixtures (a second report). Each file is checked with the schema
//     of the format version it declares.
//  2. The YAML language server (the engine of VS Code's YAML extension) reads each example's
//     `# yaml-language-server: $schema=...` line and reports no problem in the valid ones; it
//     completes the article's fields and the values of closed lists from the schema, shows the
//     descriptions on hover, completes a section's kind and checks format 2's blocks, checks a
//     format-1 file with format 1's schema, and checks conditions.yaml against its schema.
// Prints one line per check and a summary; exits 0 when all pass, 1 when one fails, 2 when the
// checks could not run.
//
// Usage: node check-schema.mjs REPOSITORY LOADER_REPORT.json FORMAT_1_LOADER_REPORT.json
//        (run-editor-checks.sh installs what this needs and makes the reports with ./conditions)

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import YAML from 'yaml';
import yls from 'yaml-language-server';
import { TextDocument } from 'vscode-languageserver-textdocument';

// The loader's rules whose problems a schema expresses (SchemaAgreementTest.EXPRESSIBLE).
const EXPRESSIBLE = new Set(['unknown-field', 'wrong-type', 'unknown-value', 'date', 'format-version', 'required',
  'not-blank', 'pattern', 'email', 'web-url', 'range']);
// Files that are not one plain YAML document (SchemaAgreementTest.UNREADABLE).
const UNREADABLE = new Set(['syntax', 'duplicate-key', 'yaml-feature']);

const [repoArg, reportArg, format1ReportArg] = process.argv.slice(2);
if (!repoArg || !reportArg || !format1ReportArg) {
  console.error('usage: node check-schema.mjs REPOSITORY LOADER_REPORT.json FORMAT_1_LOADER_REPORT.json');
  process.exit(2);
}
const repo = resolve(repoArg);
const report = JSON.parse(readFileSync(reportArg, 'utf8'));
const format1Report = JSON.parse(readFileSync(format1ReportArg, 'utf8'));
let failures = 0;
function check(ok, message) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures++;
}

const schemaDir = join(repo, 'schema');
const articleSchemas = readdirSync(schemaDir).filter((f) => /^condition-article-\d+\.schema\.json$/.test(f)).sort();
const current = articleSchemas[articleSchemas.length - 1];
// Union types ("string" or "number", or "null") are how the schema says what the loader accepts.
const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
addFormats(ajv);
// ajv's strict mode refuses unknown keywords, ignored keywords and ambiguous types: compiling is a check too.
const validators = {};
for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json')).sort()) {
  try {
    validators[file] = ajv.compile(JSON.parse(readFileSync(join(schemaDir, file), 'utf8')));
    check(true, `ajv compiles schema/${file} (draft 2020-12, strict)`);
  } catch (e) {
    check(false, `ajv compiles schema/${file}: ${e.message}`);
  }
}
const validate = validators[current];
if (!validate) process.exit(1);
// A file is checked with the schema of the format version it declares (the format-1 fixtures with
// format 1's, which the loader still reads), or the current one for a version it does not read.
function validatorFor(data) {
  const declared = data && typeof data === 'object' ? validators[`condition-article-${data.formatVersion}.schema.json`] : undefined;
  return declared ?? validate;
}

function lineOf(text, fragment) {
  return text.slice(0, text.indexOf(fragment)).split('\n').length;
}
function yamlFiles(dir) {
  return readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => join(dir, f));
}
function ajvPointers(data) {
  const validator = validatorFor(data);
  validator(data);
  return new Set((validator.errors || []).map((e) => {
    const property = e.params && (e.params.missingProperty ?? e.params.additionalProperty);
    return property === undefined ? e.instancePath : `${e.instancePath}/${property.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  }));
}

// 1. ajv: the valid examples pass; the invalid ones agree with the loader.
const validExamples = yamlFiles(join(repo, 'examples', 'conditions'));
for (const file of validExamples) {
  const errors = ajvPointers(YAML.parse(readFileSync(file, 'utf8'), { version: '1.2' }));
  check(errors.size === 0, `ajv: ${file.slice(repo.length + 1)} passes${errors.size ? ` (errors at ${[...errors].join(', ')})` : ''}`);
}
// The invalid files of one folder (relative to the repository) against the loader's report of it.
function agreement(folder, loaderReport) {
  const counts = { expressible: 0, loaderOnly: 0, unreadable: 0 };
  for (const file of yamlFiles(join(repo, folder))) {
    const name = `${folder}/${file.split('/').pop()}`;
    const findings = loaderReport.diagnostics.filter((d) => d.file === name);
    check(findings.length > 0, `the loader reports ${name}`);
    if (findings.some((d) => UNREADABLE.has(d.rule))) {
      counts.unreadable++;
      continue;
    }
    const errors = ajvPointers(YAML.parse(readFileSync(file, 'utf8'), { version: '1.2' }));
    const expected = findings.filter((d) => EXPRESSIBLE.has(d.rule)).map((d) => d.pointer);
    if (expected.length > 0) {
      counts.expressible++;
      const missing = expected.filter((p) => !errors.has(p));
      check(missing.length === 0, `ajv: ${name} fails at the loader's pointers ${expected.join(', ')}`
        + (missing.length ? ` (ajv errors: ${[...errors].join(', ') || 'none'})` : ''));
    } else {
      counts.loaderOnly++;
      check(errors.size === 0, `ajv: ${name} passes (its problems are the loader's alone)`);
    }
  }
  console.log(`ajv agreement over ${folder}: ${counts.expressible} fail at the loader's pointers, `
    + `${counts.loaderOnly} pass (loader-only problems), ${counts.unreadable} are not plain YAML documents`);
  return counts;
}
const counts = agreement('examples/invalid', report);
// The examples alone: a format-1 fixture must not stand in for an example that lost its fault.
check(counts.expressible === EXPRESSIBLE.size, `every problem a schema expresses has its invalid example (${counts.expressible} of ${EXPRESSIBLE.size})`);
const format1Counts = agreement('condition-loader/src/test/resources/format1/invalid', format1Report);
check(format1Counts.expressible > 0, 'some format-1 fixture fails format 1\'s schema where the loader points');

// 2. The YAML language server, as VS Code runs it: the modeline names the schema.
const service = yls.getLanguageService({
  schemaRequestService: async (uri) => readFileSync(fileURLToPath(uri), 'utf8'),
  workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).toString() },
});
service.configure({ validate: true, completion: true, hover: true, yamlVersion: '1.2' });
// The server caches a parsed document by its address and version: each text gets a new version.
let version = 0;
function documentAt(path, text) {
  return TextDocument.create(pathToFileURL(path).toString(), 'yaml', ++version, text);
}
for (const file of validExamples) {
  const text = readFileSync(file, 'utf8');
  check(text.includes(`# yaml-language-server: $schema=../../schema/${current}`), `${file.slice(repo.length + 1)} names schema/${current}`);
  const problems = await service.doValidation(documentAt(file, text), false);
  check(problems.length === 0, `yaml-language-server: ${file.slice(repo.length + 1)} has no problems`
    + (problems.length ? `: ${problems.map((p) => `${p.range.start.line + 1}: ${p.message}`).join('; ')}` : ''));
}
const seedPath = validExamples.find((f) => f.endsWith('nocturnal-leg-cramps.yaml'));
const seed = readFileSync(seedPath, 'utf8');
const broken = seed.replace(/^title: .*$/m, 'titel: Leg Cramps').replace(/^(\s+- )type: article-journal$/m, '$1type: journal');
const brokenProblems = (await service.doValidation(documentAt(seedPath, broken), false)).map((p) => p.message);
check(brokenProblems.some((m) => m.includes('titel')) && brokenProblems.some((m) => m.includes('"title"'))
  && brokenProblems.some((m) => m.includes('article-journal')),
  `yaml-language-server flags an unknown field, a missing title and a value outside a closed list: ${brokenProblems.join(' | ')}`);

const schema = JSON.parse(readFileSync(join(schemaDir, current), 'utf8'));
const draftPath = join(repo, 'examples', 'conditions', 'draft.yaml');
const currentVersion = Number(current.match(/\d+/)[0]);
const draft = `# yaml-language-server: $schema=../../schema/${current}\nformatVersion: ${currentVersion}\nid: draft\nreferences:\n  - type: \n`;
const topLevel = (await service.doComplete(documentAt(draftPath, draft), { line: 5, character: 0 }, false)).items.map((i) => i.label);
const offered = Object.keys(schema.properties).filter((k) => !['formatVersion', 'id', 'references'].includes(k));
check(offered.every((k) => topLevel.includes(k)), `completion offers every other field of the article: ${offered.filter((k) => topLevel.includes(k)).length} of ${offered.length}`);
const types = (await service.doComplete(documentAt(draftPath, draft), { line: 4, character: 10 }, false)).items.map((i) => i.label);
const referenceTypes = schema.$defs.Reference.properties.type.enum;
check(referenceTypes.every((t) => types.includes(t)), `completion offers the reference types ${referenceTypes.join(', ')}`);
const hover = await service.doHover(documentAt(draftPath, draft), { line: 2, character: 1 });
check(hover !== null && hover.contents.value.includes("The article's stable identifier"), 'hover shows the description of "id"');

// Format 2's body: a section's kind completes from its closed list, and a block is a paragraph
// (text) or an object known by its first field; the server reports a block with none of them.
const bodyDraft = `# yaml-language-server: $schema=../../schema/${current}\nformatVersion: ${currentVersion}\nid: draft\ntitle: Draft\nbody:\n  - kind: \n`;
const kinds = (await service.doComplete(documentAt(draftPath, bodyDraft), { line: 5, character: 10 }, false)).items.map((i) => i.label);
const sectionKinds = schema.$defs.Section.properties.kind.enum;
check(sectionKinds.every((k) => kinds.includes(k)), `completion offers the ${sectionKinds.length} section kinds`);
const blocks = `${bodyDraft.replace('kind: \n', 'kind: treatment\n')}    blocks:\n      - A paragraph.\n      - items: [Rest, {text: Ice, note: at night}]\n`
  + '      - {title: Tip, blocks: [Stretch first.]}\n      - credit: Nucleus\n';
const blockProblems = await service.doValidation(documentAt(draftPath, blocks), false);
check(blockProblems.length === 0, 'yaml-language-server: paragraphs, lists, asides and media as blocks have no problems'
  + (blockProblems.length ? `: ${blockProblems.map((p) => `${p.range.start.line + 1}: ${p.message}`).join('; ')}` : ''));
const badBlocks = blocks.replace('      - credit: Nucleus\n', '      - ordered: true\n').replace('note: at night', 'notes: at night');
const badBlockLines = (await service.doValidation(documentAt(draftPath, badBlocks), false)).map((p) => p.range.start.line + 1);
const noFirstField = lineOf(badBlocks, 'ordered: true');
const unknownNote = lineOf(badBlocks, 'notes: at night');
check(badBlockLines.includes(noFirstField) && badBlockLines.includes(unknownNote),
  `yaml-language-server flags a block with no first field (line ${noFirstField}) and an unknown item field (line ${unknownNote}): lines ${badBlockLines.join(', ')}`);

// A format-1 file that names format 1's schema is checked with it.
const format1Path = join(repo, 'condition-loader', 'src', 'test', 'resources', 'format1', 'nocturnal-leg-cramps.yaml');
const format1 = `# yaml-language-server: $schema=../../../../../schema/condition-article-1.schema.json\n${readFileSync(format1Path, 'utf8')}`;
const format1Problems = await service.doValidation(documentAt(format1Path, format1), false);
check(format1Problems.length === 0, 'yaml-language-server: the format-1 seed has no problems against schema/condition-article-1.schema.json'
  + (format1Problems.length ? `: ${format1Problems.map((p) => `${p.range.start.line + 1}: ${p.message}`).join('; ')}` : ''));
const format1Valid = validators['condition-article-1.schema.json'];
check(format1Valid !== undefined && format1Valid(YAML.parse(format1, { version: '1.2' })), 'ajv: the format-1 seed passes format 1\'s schema');

const configPath = join(repo, 'conditions.yaml');
const config = '# yaml-language-server: $schema=schema/conditions-config.schema.json\nrules:\n  reading-level:\n    severity: error\n    maxGrade: 7\n  sentence-length: off\n';
const configProblems = await service.doValidation(documentAt(configPath, config), false);
check(configProblems.length === 0, 'yaml-language-server: the README\'s conditions.yaml has no problems'
  + (configProblems.length ? `: ${configProblems.map((p) => p.message).join('; ')}` : ''));
const badConfig = config.replace('maxGrade', 'maxGrad').replace('sentence-length', 'sentence-lenght');
const badConfigProblems = (await service.doValidation(documentAt(configPath, badConfig), false)).map((p) => p.message);
check(badConfigProblems.some((m) => m.includes('maxGrad')) && badConfigProblems.some((m) => m.includes('sentence-lenght')),
  `yaml-language-server flags an unknown option and an unknown rule in conditions.yaml: ${badConfigProblems.join(' | ')}`);

console.log(failures === 0 ? 'schema checks passed' : `${failures} schema checks failed`);
process.exit(failures === 0 ? 0 : 1);
