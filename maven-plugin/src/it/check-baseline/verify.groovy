def log = new File(basedir, 'build.log').text
assert log.contains('Cleave check passed: 0 new violation(s) at or above warning (0 allowed), 2 known, 1 fixed')
assert log.contains('Cleave check FAILED: 1 new violation(s) at or above warning (0 allowed), 1 known, 0 fixed')
assert log.contains('[error] cleave.cross-boundary src/main/java/shop/billing/Invoice.java:9 - shop.billing.Invoice'
        + ' (service billing) depends on shop.orders.Order')
def updated = new File(basedir, 'target/updated-baseline.json').text
assert updated.contains('"key" : "shop.billing.Billing -> shop.orders.Order"')
assert updated.contains('"key" : "shop.billing.Invoice -> shop.orders.Order"')
assert !updated.contains('shop.orders.OrderService')
