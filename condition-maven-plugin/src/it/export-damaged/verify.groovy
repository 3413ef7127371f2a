// The second build found the export damaged, though nothing that goes into it changed, and
// exported again: the index is back and the stray file gone.
def out = new File(basedir, 'target/conditions-export')
assert new File(out, 'html/index.html').length() > 0
assert !new File(out, 'html/old-article.html').exists()
def log = new File(basedir, 'build.log').text
assert !log.contains('conditions: export is up to date')
assert log.findAll('conditions: exported ').size() == 2
return true
