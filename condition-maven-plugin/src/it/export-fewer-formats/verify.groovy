// The first run wrote html and json; the second, json alone, replaced json and left html as it
// was, naming it; the third was up to date and named it again. The user's file stayed.
def out = new File(basedir, 'site')
assert new File(out, 'README.txt').text == 'Published by the team; not an export.\n'
assert new File(out, 'html/index.html').length() > 0 : 'left as it was, not deleted'
assert new File(out, 'json/nocturnal-leg-cramps.json').length() > 0
assert !new File(out, 'text').exists()
def log = new File(basedir, 'build.log').text
def note = "[WARNING] conditions: ${out.canonicalPath}/html was left as it was, from an earlier export; export that format too," +
        ' or delete it, if the articles changed since'
assert log.readLines().count { it == note } == 2 : log
assert log.contains('conditions: export is up to date, nothing changed since the last one')
assert log.findAll('conditions: exported ').size() == 2
assert !basedir.list().any { it.contains('.new-') || it.contains('.old-') }
return true
