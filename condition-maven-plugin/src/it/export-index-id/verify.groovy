// Refused with the command's message, and nothing exported (its page would have been overwritten).
def log = new File(basedir, 'build.log').text
assert log =~ /conditions: .*articles\/index\.yaml: the id "index" would overwrite the export's html\/index\.html; give the article another id; nothing was exported/
assert !new File(basedir, 'target/conditions-export').exists()
return true
