import java.nio.file.Files
import java.nio.file.LinkOption

// Each article read once: no duplicate id from the export's JSON files or the JSON report.
def log = new File(basedir, 'build.log').text
assert !log.contains('[duplicate-id]')
assert log =~ /conditions: 4 files, 0 errors, [1-9]\d* warnings/
// The export logged its findings, as validate does, and counted them in its summary.
def lines = log.readLines()
def exported = lines.findIndexOf { it.contains('conditions: exported 4 articles in 3 formats to ') }
assert exported >= 0
assert lines[exported] =~ /; 4 files, 0 errors, [1-9]\d* warnings$/
def warned = lines.findIndexOf { it =~ /^\[WARNING\] \S*reading-level\.yaml:\d+:\d+: warning: .*\[reading-level\]$/ }
assert warned >= 0 && warned < exported : 'the export goal logs the warning before its summary'

// The permissions a new folder and a new file get here (the umask's), which the export's
// folders and files, its stamp and the reports have too; not the owner's only of a temp file.
def dir = { f -> Files.getPosixFilePermissions(f.toPath(), LinkOption.NOFOLLOW_LINKS) }
def folderMode = dir(Files.createDirectory(new File(basedir, 'probe-folder').toPath()).toFile())
def fileMode = dir(Files.writeString(new File(basedir, 'probe-file').toPath(), 'x').toFile())
def target = new File(basedir, 'target')
def out = new File(target, 'conditions-export')
[out, new File(out, 'html'), new File(out, 'json'), new File(out, 'text')].each { assert dir(it) == folderMode : it }
[new File(out, 'html/index.html'), new File(out, 'json/dehydration.json'), new File(target, 'conditions-export.sha256'),
 new File(target, 'conditions/conditions.sarif'), new File(target, 'conditions/conditions.json'),
 new File(target, 'conditions/conditions.junit.xml')].each { assert dir(it) == fileMode : it }
assert !target.list().any { it.contains('.new-') || it.contains('.old-') }
assert !new File(target, 'conditions').list().any { it.endsWith('.tmp') }
return true
