fn main() {
    cto_compass::start();
}
