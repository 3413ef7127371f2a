// The swap was finished and said so, then the build exported (the stamp was gone): every format
// holds this export whole, the interrupted one's files are replaced, and no working folder is left.
def out = new File(basedir, 'target/conditions-export')
def log = new File(basedir, 'build.log').text
assert log.contains("[WARNING] conditions: finished the export into ${out.canonicalPath} that was interrupted while it swapped" +
        ' its folders in; it holds that export whole, and this export starts from there') : log
assert log.contains('conditions: exported ')
def ids = new File(basedir, '../../../../examples/conditions').canonicalFile.listFiles()
        .findAll { it.name.endsWith('.yaml') }.collect { it.name - '.yaml' }
assert !ids.isEmpty()
[text: 'txt', html: 'html', json: 'json'].each { format, ext ->
    ids.each { id -> assert new File(out, "$format/${id}.$ext").length() > 0 : "$format/${id}.$ext" }
    assert !new File(out, "$format/stale.$ext").exists() : "$format/stale.$ext"
}
assert !new File(out, '.conditions-export').exists()
assert new File(basedir, 'target/conditions-export.sha256').isFile()
return true
