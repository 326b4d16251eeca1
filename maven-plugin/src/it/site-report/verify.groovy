def site = new File(basedir, 'target/site')
def report = new File(site, 'cleave-report.html')
assert report.isFile() : 'the site holds the Cleave report'
assert report.text.contains('Cleave check passed') && report.text.contains('<svg id="service-graph"')
assert new File(site, 'project-reports.html').text.contains('href="cleave-report.html"') : 'Project Reports link to it'
