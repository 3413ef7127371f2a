// Every article in every built-in format and the index; the second run skipped the export.
def out = new File(basedir, 'target/conditions-export')
def ids = new File(repositoryRoot(), 'examples/conditions').listFiles().findAll { it.name.endsWith('.yaml') }
        .collect { it.name - '.yaml' }
assert !ids.isEmpty()
[text: 'txt', html: 'html', json: 'json'].each { format, ext ->
    ids.each { id -> assert new File(out, "$format/${id}.$ext").length() > 0 : "$format/${id}.$ext" }
}
// The site, as conditions export writes it (ExportPlan): the A-Z index with its letters and the
// bundle's link, the bundle (one article a line, each the JSON file on one line), the sitemap,
// and related articles linked both ways by title.
def index = new File(out, 'html/index.html').text
assert index.contains('nocturnal-leg-cramps.html')
assert index.contains('href="#letter-m"') : 'the A-Z index links its letters'
assert index.contains('href="conditions.jsonl"')
def lines = new File(out, 'html/conditions.jsonl').readLines('UTF-8')
assert lines.size() == ids.size()
assert lines.every { it.startsWith('{') && it.endsWith('}') }
// Each JSON file, which the bundle wrote as it went, is its line of the bundle with the layout's
// line breaks and indentation.
ids.each { id ->
    def json = new File(out, "json/${id}.json").getText('UTF-8')
    assert lines.contains(json.readLines().collect { it.strip() }.join('')) : "json/${id}.json"
}
// The third run had another site address: not up to date, exported again with it.
def sitemap = new File(out, 'html/sitemap.xml').text
assert sitemap.contains('<loc>https://example.org/other/muscle-cramps.html</loc>')
assert !sitemap.contains('https://example.org/conditions/')
// Muscle cramps names nocturnal leg cramps as related; the other way round is the export's.
assert !new File(repositoryRoot(), 'examples/conditions/nocturnal-leg-cramps.yaml').text.contains('- muscle-cramps')
assert new File(out, 'html/nocturnal-leg-cramps.html').text.contains('href="muscle-cramps.html"')
def log = new File(basedir, 'build.log').text
assert log.contains('conditions: export is up to date, nothing changed since the last one')
assert log.findAll('conditions: exported ').size() == 2
// The run that was up to date logged the findings of the export before it, and their count.
def count = (log =~ /conditions: exported \d+ articles in \d+ formats to .*; (\d+ files, 0 errors, (\d+) warnings)/)[0]
assert log.contains("; ${count[1]}, as the last export found")
assert log.readLines().count { it.startsWith('[WARNING] ') && it.contains(': warning: ') } == 3 * count[2].toInteger()
assert !new File(basedir, 'target').list().any { it.contains('.new-') || it.contains('.old-') }
return true

File repositoryRoot() {
    new File(basedir, '../../../..').canonicalFile
}
