// The first build: the parent and app had no articles and passed; articles used the root's
// conditions.yaml (its warning off) and exported. The second failed on the folder app names.
def log = new File(basedir, 'build.log').text
def base = basedir.canonicalPath
assert log.contains("[INFO] conditions: no articles in ${base}/src/main/conditions, skipped")
assert log.contains("[INFO] conditions: no articles in ${base}/app/src/main/conditions, skipped")
assert log.contains("[INFO] conditions: rules configured by ${base}/conditions.yaml")
assert log =~ /conditions: 1 files, 0 errors, 0 warnings/
assert !log.contains('[reading-level]')
assert new File(basedir, 'articles/target/conditions-export/html/reading-level.html').isFile()
assert !new File(basedir, 'target/conditions-export').exists()
assert !new File(basedir, 'app/target/conditions').exists()
assert log.contains("The articles folder ${base}/app/src/main/conditions does not exist; set <folders> to where the articles are")
return true
