-- One row per product whose history is written: change.ProductLocks locks it (SELECT ... FOR UPDATE)
-- before a version or an event of that product is written, so two writers of one product, on any
-- instance, take turns. Rows are created on first use and never deleted (a key is all they hold).
create table product_lock (
    product_key  varchar(120) primary key
);
