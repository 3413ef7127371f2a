// Every article in every built-in format and the index; the second run skipped the export.
def out = new File(basedir, 'target/conditions-export')
def ids = new File(repositoryRoot(), 'examples/conditions').listFiles().findAll { it.name.endsWith('.yaml') }
        .collect { it.name - '.yaml' }
assert !ids.isEmpty()
[text: 'txt', html: 'html', json: 'json'].each { format, ext ->
    ids.each { id -> assert new File(out, "$format/${id}.$ext").length() > 0 : "$format/${id}.$ext" }
}
assert new File(out, 'html/index.html').text.contains('nocturnal-leg-cramps')
def log = new File(basedir, 'build.log').text
assert log.contains('conditions: export is up to date, nothing changed since the last one')
assert !new File(basedir, 'target').list().any { it.contains('.new-') || it.contains('.old-') }
return true

File repositoryRoot() {
    new File(basedir, '../../../..').canonicalFile
}
